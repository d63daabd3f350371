import { Upload } from 'antd';
import type { ReactNode } from 'react';

/**
 * Lets the user choose a file and hands it to `onFile`. antd's Upload is used only for its
 * picker and drop behaviour: returning false stops it from uploading anywhere itself.
 */
export function FilePicker({ accept, onFile, children }: { accept: string; onFile: (file: File) => unknown; children: ReactNode }) {
  return (
    <Upload
      accept={accept}
      showUploadList={false}
      multiple={false}
      beforeUpload={(file) => {
        void onFile(file);
        return false;
      }}
    >
      {children}
    </Upload>
  );
}
