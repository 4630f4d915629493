/** The short "What am I looking at?" text every page opens with. */
import type { ReactNode } from 'react';

export function WhatIsThis({ children }: { children: ReactNode }) {
  return (
    <aside className="explainer" aria-label="What am I looking at?">
      <h2>What am I looking at?</h2>
      {children}
    </aside>
  );
}
