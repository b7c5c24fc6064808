import { afterEach, describe, expect, it, vi } from 'vitest';
import { trapFocus } from './focus-trap.ts';

afterEach(() => document.body.replaceChildren());

/** A dialog in a shadow root, as the widgets render it: a title focused on open, then the controls. */
function dialogInShadow() {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const dialog = document.createElement('div');
  dialog.innerHTML = `
    <h2 tabindex="-1">Title</h2>
    <button class="close">Close</button>
    <input type="radio" name="score" value="1" tabindex="-1">
    <input type="radio" name="score" value="2">
    <button disabled>Off</button>
    <textarea></textarea>
    <a href="#x">Link</a>
    <button class="send">Send</button>
    <p tabindex="-1" class="status">Sent</p>`;
  root.append(dialog);
  const get = (selector: string) => dialog.querySelector<HTMLElement>(selector)!;
  return { root, dialog, get };
}

const press = (target: HTMLElement, key: string, shiftKey = false) => {
  const event = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
};

describe('trapFocus', () => {
  it('wraps Tab from the last control to the first, and Shift+Tab from the first to the last', () => {
    const { root, dialog, get } = dialogInShadow();
    trapFocus(dialog, () => {});
    get('.send').focus();
    expect(press(get('.send'), 'Tab').defaultPrevented).toBe(true);
    expect(root.activeElement).toBe(get('.close'));
    expect(press(get('.close'), 'Tab', true).defaultPrevented).toBe(true);
    expect(root.activeElement).toBe(get('.send'));
  });

  it('leaves Tab between controls to the browser, skipping nothing it would not', () => {
    const { root, dialog, get } = dialogInShadow();
    trapFocus(dialog, () => {});
    get('textarea').focus();
    expect(press(get('textarea'), 'Tab').defaultPrevented).toBe(false);
    expect(press(get('textarea'), 'Tab', true).defaultPrevented).toBe(false);
    expect(root.activeElement).toBe(get('textarea'));
  });

  it('wraps from a focused title before the first control, and from a status after the last', () => {
    const { root, dialog, get } = dialogInShadow();
    trapFocus(dialog, () => {});
    get('h2').focus();
    expect(press(get('h2'), 'Tab', true).defaultPrevented).toBe(true);
    expect(root.activeElement).toBe(get('.send'));
    get('h2').focus();
    expect(press(get('h2'), 'Tab').defaultPrevented).toBe(false);
    get('.status').focus();
    press(get('.status'), 'Tab');
    expect(root.activeElement).toBe(get('.close'));
  });

  it('closes on Escape without the page seeing the key, and the cleanup removes the listener', () => {
    const { dialog, get } = dialogInShadow();
    const onEscape = vi.fn();
    const page = vi.fn();
    document.body.addEventListener('keydown', page);
    const release = trapFocus(dialog, onEscape);
    press(get('.send'), 'Escape');
    expect(onEscape).toHaveBeenCalledOnce();
    expect(page).not.toHaveBeenCalled();
    release();
    get('.send').focus();
    expect(press(get('.send'), 'Tab').defaultPrevented).toBe(false);
    press(get('.send'), 'Escape');
    expect(onEscape).toHaveBeenCalledOnce();
    document.body.removeEventListener('keydown', page);
  });
});
