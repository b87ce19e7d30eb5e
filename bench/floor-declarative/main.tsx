// The stack floor as the app now uses it: the same page as bench/floor/, with react-router in declarative mode
// (BrowserRouter and Routes, no data router). npm run bench reports its size beside the floor the budget uses.
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Page } from '../floor/page';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <BrowserRouter>
      <Routes>
        <Route path="/" element={<Page />} />
      </Routes>
    </BrowserRouter>,
  );
