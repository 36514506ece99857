'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';

interface Question {
  /** What will happen, in a sentence the person can say yes or no to. */
  message: string;
  /** The step's own name on the confirming button ("销号", "停用账号"): a bare "确定" is easy to tap blindly. */
  confirmLabel: string;
}

/**
 * Asks before an irreversible step, in a modal <dialog> (focus stays inside, Esc or 取消 cancels, focus returns
 * to the button that asked), rather than window.confirm, which phone browsers may suppress after a few prompts
 * and which cannot name the step on its button. Render `dialog` outside any <form>.
 */
export function useConfirm(): { ask: (question: Question) => Promise<boolean>; dialog: ReactNode } {
  const [question, setQuestion] = useState<Question | null>(null);
  const settle = useRef<(ok: boolean) => void>(() => {});
  const ask = useCallback(
    (q: Question) =>
      new Promise<boolean>((resolve) => {
        settle.current = resolve;
        setQuestion(q);
      }),
    [],
  );
  const dialog = question && (
    <ConfirmDialog
      question={question}
      onAnswer={(ok) => {
        setQuestion(null);
        settle.current(ok);
      }}
    />
  );
  return { ask, dialog };
}

function ConfirmDialog({ question, onAnswer }: { question: Question; onAnswer: (ok: boolean) => void }) {
  const t = useTranslations('app');
  const ref = useRef<HTMLDialogElement>(null);
  const messageId = useId();
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  // close(value) rather than unmounting: the browser then hands focus back to the button that opened it.
  const answer = (value: 'yes' | 'no') => ref.current?.close(value);
  const button = 'min-h-11 rounded px-4 font-medium';
  return (
    <dialog
      ref={ref}
      aria-labelledby={messageId}
      data-testid="confirm-dialog"
      onClose={(e) => onAnswer(e.currentTarget.returnValue === 'yes')}
      className="m-auto w-[calc(100%-2rem)] max-w-sm rounded-lg bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <p id={messageId} className="mb-5">
        {question.message}
      </p>
      <div className="flex justify-end gap-3">
        {/* First, so showModal() gives it the focus: a stray Enter does not take the step. */}
        <button type="button" onClick={() => answer('no')} className={`${button} border border-slate-300`}>
          {t('cancel')}
        </button>
        <button type="button" onClick={() => answer('yes')} className={`${button} bg-red-800 text-white`}>
          {question.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
