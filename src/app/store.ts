import { create } from 'zustand';

/**
 * What the person chose, never what the engine works out from it. The plan is kept in its JSON form
 * and checked by the engine each time it is read.
 */
type PlanStore = {
  readonly plan: Record<string, unknown> | null;
  readonly setPlan: (plan: Record<string, unknown>) => void;
};

export const usePlanStore = create<PlanStore>()((set) => ({
  plan: null,
  setPlan: (plan) => set({ plan }),
}));
