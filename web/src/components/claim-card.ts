/**
 * A claim as a card: the figure, who counted whom, the chain of sources, the date, the sentence,
 * where it was published, and — with a token — the review actions (verify, reject, correct).
 */
import { api, ApiError, type StoredClaim } from '../api.ts';
import { announce, append, clear, externalLink, h } from '../dom.ts';
import { formatFigure, formatSource } from '../format.ts';
import { getToken } from '../token.ts';

export interface ClaimCardOptions {
  /** Show the evidence sentence (off on the document page, where it is highlighted in the text). */
  showEvidence?: boolean;
  /** Link to the document page (off on that page itself). */
  linkDocument?: boolean;
  /** Called after a review with the claim as it now reads. */
  onReviewed?: (claim: StoredClaim) => void;
  /** Offer "Show in text", calling this (the document page, for a claim highlighted there). */
  onShowInText?: () => void;
  id?: string;
}

export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `badge status-${status}` }, status);
}

export function claimCard(claim: StoredClaim, options: ClaimCardOptions = {}): HTMLElement {
  const card = h('article', { class: 'claim-card', 'data-claim': claim.id, id: options.id, tabindex: -1, 'aria-label': `Claim: ${claim.metric} ${formatFigure(claim.min, claim.max, claim.approximate)}` });
  render();
  return card;

  function render(): void {
    clear(card);
    const subjectKey = `${claim.subject.country ?? '-'}/${claim.subject.group}`;
    const pub = claim.publications[0];
    append(card,
      h('header', {},
        h('span', { class: 'figure' }, formatFigure(claim.min, claim.max, claim.approximate)),
        ' ',
        h('span', { class: 'metric' }, claim.metric),
        ' ',
        statusBadge(claim.status),
        claim.hedged ? h('span', { class: 'badge hedged', title: 'the text marks this figure as belief or estimate' }, 'hedged') : null,
        claim.section === 'title' ? h('span', { class: 'badge' }, 'headline') : null,
      ),
      h('dl', {},
        h('dt', {}, 'Who'), h('dd', {}, claim.subject.text, ' ', h('span', { class: 'muted' }, `(${claim.subject.country ?? 'no country'}, ${claim.subject.group})`)),
        h('dt', {}, 'Source'), h('dd', {}, formatSource(claim)),
        h('dt', {}, 'As of'), h('dd', {}, claim.asOf ?? 'unknown'),
        claim.location ? [h('dt', {}, 'Where'), h('dd', {}, claim.location)] : null,
        pub ? [h('dt', {}, 'Published'), h('dd', {}, externalLink(pub.url, pub.publisher ?? 'unknown outlet'), pub.published ? ` ${pub.published.slice(0, 10)}` : '',
          claim.publications.length > 1 ? h('span', { class: 'muted' }, ` and ${claim.publications.length - 1} more`) : null)] : null,
      ),
      options.showEvidence !== false ? h('blockquote', { class: 'evidence' }, claim.evidence.text) : null,
      h('p', { class: 'links' },
        options.onShowInText ? [h('button', { type: 'button', class: 'link-button', onclick: options.onShowInText }, 'Show in text'), ' '] : null,
        options.linkDocument !== false ? h('a', { href: `#/documents/${encodeURIComponent(claim.documentId)}?claim=${encodeURIComponent(claim.id)}` }, 'Open in document') : null,
        ' ',
        h('a', { href: `#/series?subject=${encodeURIComponent(subjectKey)}&metric=${claim.metric}` }, 'Series'),
      ),
      reviewControls(),
    );
  }

  function reviewControls(): HTMLElement | null {
    if (!getToken()) return null;
    const message = h('p', { class: 'review-message', role: 'alert' });
    const box = h('div', { class: 'review' });
    const act = async (action: Record<string, unknown>) => {
      message.textContent = 'Saving…';
      try {
        claim = await api.review(claim.id, action);
        options.onReviewed?.(claim);
        render();
        announce(`Claim ${claim.status}`);
        card.focus();
      } catch (err) {
        message.textContent = err instanceof ApiError && err.status === 401 ? 'The token was refused: set a valid one on the Token page.' : (err as Error).message;
      }
    };
    const rejectForm = h('form', { class: 'inline-form', hidden: true },
      h('label', {}, 'Reason ', h('input', { name: 'reason', required: true, maxlength: 1000 })),
      h('button', { type: 'submit' }, 'Reject'),
    );
    rejectForm.addEventListener('submit', (e) => {
      e.preventDefault();
      void act({ action: 'reject', reason: new FormData(rejectForm).get('reason') });
    });
    const correctForm = h('form', { class: 'inline-form', hidden: true },
      h('label', {}, 'Min ', h('input', { name: 'min', type: 'number', min: 0, step: 1, value: claim.min ?? '' })),
      h('label', {}, 'Max ', h('input', { name: 'max', type: 'number', min: 0, step: 1, value: claim.max ?? '' })),
      h('label', {}, 'As of ', h('input', { name: 'asOf', type: 'date', value: claim.asOf ?? '' })),
      h('button', { type: 'submit' }, 'Save correction'),
    );
    correctForm.addEventListener('submit', (e) => {
      e.preventDefault();
      const data = new FormData(correctForm);
      const changes: Record<string, unknown> = {};
      const num = (v: FormDataEntryValue | null) => (v === null || v === '' ? null : Number(v));
      if (num(data.get('min')) !== claim.min) changes.min = num(data.get('min'));
      if (num(data.get('max')) !== claim.max) changes.max = num(data.get('max'));
      const asOf = String(data.get('asOf') ?? '') || null;
      if (asOf !== claim.asOf) changes.asOf = asOf;
      if (Object.keys(changes).length === 0) {
        message.textContent = 'Nothing changed.';
        return;
      }
      void act({ action: 'set', changes });
    });
    const toggle = (form: HTMLFormElement) => () => {
      const show = form.hidden;
      rejectForm.hidden = true;
      correctForm.hidden = true;
      form.hidden = !show;
      if (show) form.querySelector('input')?.focus();
    };
    append(box,
      h('div', { class: 'buttons' },
        h('button', { type: 'button', class: 'verify', onclick: () => void act({ action: 'verify' }) }, 'Verify'),
        h('button', { type: 'button', 'aria-expanded': 'false', onclick: toggle(rejectForm) }, 'Reject…'),
        h('button', { type: 'button', onclick: toggle(correctForm) }, 'Correct…'),
      ),
      rejectForm, correctForm, message,
    );
    return box;
  }
}
