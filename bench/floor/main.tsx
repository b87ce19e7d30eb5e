// The stack floor: the smallest page with react, react-dom, react-router's data router and zustand, the floor
// the byte budget was set against. npm run bench builds it next to the app and compares our JS with it.
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Page } from './page';

const router = createBrowserRouter([{ path: '/', Component: Page }]);
const root = document.getElementById('root');
if (root) createRoot(root).render(<RouterProvider router={router} />);
