import { render } from 'preact';
import './core/style.css';
import { App } from './app';
import { getLang } from './core/i18n';
import { loadSession } from './core/session';
import { capabilityFor } from './nav';

document.documentElement.lang = getLang();
// Fetch the screen's code (and its first data) while the session is being checked.
const opening = capabilityFor(window.location.pathname);
void opening?.component.preload().catch(() => undefined);
opening?.prefetch?.();
void loadSession();
render(<App />, document.getElementById('app')!);
