import './styles/global.css';
import { hydrateApp } from './app/hydrate';

const container = document.getElementById('root');
if (container) void hydrateApp(container);
