/** The pure modules' unit tests in one process (see contracts.test.ts for why). */
import '../unit/annotate.test';
import '../unit/architecture.test';
import '../unit/curves.test';
import '../unit/errors.test';
import '../unit/expression.test';
import '../unit/geometry.test';
import '../unit/fonts.test';
import '../unit/input-checks.test';
import '../unit/layout.test';
import '../unit/llm.test';
import '../unit/mathtext-parse.test';
import '../unit/plot-call.test';
import '../unit/pure-logic.test';
import '../unit/pyplot-artists.test';
import '../unit/pyplot-calls.test';
import '../unit/tight-layout.test';
import '../unit/vocabulary.test';
