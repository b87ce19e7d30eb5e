// The stack floor as the app now uses it: the same page as bench/floor/, with react-router in declarative mode
// (BrowserRouter and Routes, no data router). npm run bench reports its size beside the floor the budget uses.
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { create } from 'zustand';

const useCount = create<{ count: number; add: () => void }>()((set) => ({
  count: 0,
  add: () => set((state) => ({ count: state.count + 1 })),
}));

function Page() {
  const count = useCount((state) => state.count);
  const add = useCount((state) => state.add);
  return (
    <button type="button" onClick={add}>
      Clicked {count} times
    </button>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <BrowserRouter>
      <Routes>
        <Route path="/" element={<Page />} />
      </Routes>
    </BrowserRouter>,
  );
