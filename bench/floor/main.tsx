// The stack floor: the smallest page with the same react, react-dom, react-router data router and zustand.
// npm run bench builds it next to the app; our first-load JS is reported as a ratio to it.
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
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

const router = createBrowserRouter([{ path: '/', Component: Page }]);
const root = document.getElementById('root');
if (root) createRoot(root).render(<RouterProvider router={router} />);
