import { SearchOutlined } from '@ant-design/icons';
import { Card, Empty, Input, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaxonomyOutput } from '../../../../shared/evidence/evidence-contract';
import { foldForMatch } from '../../../../shared/evidence/fold';

type TaxonomyDeterminant = TaxonomyOutput['categories'][number]['determinants'][number];

/** Whether a determinant matches the filter, and by which of its words when not by name. */
function matchOf(d: TaxonomyDeterminant, q: string): { term: string | null } | null {
  if (!q) return { term: null };
  if (foldForMatch(d.name).includes(q) || foldForMatch(d.nameEn).includes(q)) return { term: null };
  const term = d.terms.find((w) => foldForMatch(w).includes(q));
  return term ? { term } : null;
}

/**
 * The whole taxonomy (categories → determinants) as a checkable tree: ticked = in scope. The
 * filter matches names and the words officials type (噪音, 扬尘…). Keyboard: Tab into the tree,
 * arrow keys to move and open, Space to tick.
 */
export function DeterminantTree({
  taxonomy,
  chosen,
  readOnly,
  onAdd,
  onRemove,
}: {
  taxonomy: TaxonomyOutput;
  chosen: ReadonlySet<string>;
  readOnly: boolean;
  onAdd: (id: string) => void;
  onRemove: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<string[]>([]);
  const q = foldForMatch(query.trim());

  const treeData = useMemo<TreeDataNode[]>(
    () =>
      taxonomy.categories
        .map((c) => {
          const children = c.determinants.flatMap((d) => {
            const m = matchOf(d, q);
            if (!m) return [];
            return [
              {
                key: d.id,
                isLeaf: true,
                title: (
                  <span title={d.description}>
                    {en ? d.nameEn : d.name}
                    {m.term && (
                      <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
                        {t('scoping.matchedBy', { term: m.term })}
                      </Typography.Text>
                    )}
                  </span>
                ),
              },
            ];
          });
          const picked = c.determinants.filter((d) => chosen.has(d.id)).length;
          return {
            key: `category:${c.id}`,
            checkable: false,
            title: (
              <Typography.Text strong>
                {en ? c.nameEn : c.name}
                <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginInlineStart: 4 }}>
                  （{picked}/{c.determinants.length}）
                </Typography.Text>
              </Typography.Text>
            ),
            children,
          };
        })
        .filter((c) => !q || c.children.length > 0),
    [taxonomy, q, chosen, en, t],
  );

  return (
    <Card size="small" title={t('scoping.addTitle')} data-testid="determinant-tree">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('scoping.addHint')}
      </Typography.Paragraph>
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('scoping.filterPlaceholder')}
        aria-label={t('scoping.filterLabel')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        style={{ marginBottom: 8 }}
      />
      {treeData.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('scoping.noMatch')} />
      ) : (
        <div style={{ maxHeight: 420, overflow: 'auto' }}>
          <Tree
            checkable
            checkStrictly
            selectable={false}
            expandAction="click"
            disabled={readOnly}
            aria-label={t('scoping.treeLabel')}
            treeData={treeData}
            checkedKeys={[...chosen]}
            expandedKeys={q ? treeData.map((c) => c.key as string) : expanded}
            onExpand={(keys) => !q && setExpanded(keys as string[])}
            onCheck={(_keys, info) => {
              const id = String(info.node.key);
              if (info.checked) onAdd(id);
              else onRemove(id);
            }}
          />
        </div>
      )}
    </Card>
  );
}
