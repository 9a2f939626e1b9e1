// Starts the renderer: adopts the access token, registers the grid's modules, mounts the app.
import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/app.css';
import { App } from './app/app';
import { registerGridModules } from './grid/grid-setup';
import { normaliseInitialHash } from './routing/routes';
import { initialiseTransport } from './transport/api-client';

initialiseTransport();
normaliseInitialHash();
registerGridModules();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
