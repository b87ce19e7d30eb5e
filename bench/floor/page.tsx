import { create } from 'zustand';

const useCount = create<{ count: number; add: () => void }>()((set) => ({
  count: 0,
  add: () => set((state) => ({ count: state.count + 1 })),
}));

/** The floor's one page: a button with its count in a zustand store. */
export function Page() {
  const count = useCount((state) => state.count);
  const add = useCount((state) => state.add);
  return (
    <button type="button" onClick={add}>
      Clicked {count} times
    </button>
  );
}
