import { createContext, useContext } from 'react';

/**
 * Lets parts of a stage that write through other channels (the panel's finals become the
 * scoring; sign-off locks the assessment) make the WorkflowPage save pending edits and reload.
 */
export interface WorkflowRefresh {
  /** Saves pending autosaves. */
  flush: () => Promise<void>;
  /** Saves pending autosaves, then reloads the workflow view. */
  reload: () => Promise<void>;
}

export const WorkflowRefreshContext = createContext<WorkflowRefresh>({
  flush: () => Promise.resolve(),
  reload: () => Promise.resolve(),
});

export const useWorkflowRefresh = () => useContext(WorkflowRefreshContext);
