import * as vscode from 'vscode';

/** What a step asks for: one line of text, or one item of a list. */
export interface TextStep {
  kind: 'text';
  title: string;
  prompt: string;
  placeholder?: string;
  value?: string;
  /** An error (blocks Enter) or, with `info`, a note shown under the box. */
  validate?: (value: string) => string | { info: string } | undefined;
}
export interface PickStep<T> {
  kind: 'pick';
  title: string;
  placeholder?: string;
  items: (vscode.QuickPickItem & { value: T })[];
}

/** The person went back a step (the Back button), or away (Escape). */
export const BACK = Symbol('back');
export type StepAnswer<T> = T | typeof BACK | undefined;

/**
 * VS Code's own multi-step input: "Title (2/5)", a Back button from the second step on, the
 * answer kept when the person comes back to a step. While the answers still decide how many steps
 * there are, only the step is shown ("Title (2)"): a total that jumps (1/6, 2/7, 4/6) tells nothing.
 */
export class MultiStepInput {
  constructor(private readonly totalSteps: () => number | undefined) {}

  text(step: number, spec: TextStep): Promise<StepAnswer<string>> {
    const box = vscode.window.createInputBox();
    box.title = spec.title;
    box.step = step;
    box.totalSteps = this.totalSteps();
    box.prompt = spec.prompt;
    box.placeholder = spec.placeholder;
    box.value = spec.value ?? '';
    box.ignoreFocusOut = true;
    box.buttons = step > 1 ? [vscode.QuickInputButtons.Back] : [];
    const check = (value: string): boolean => {
      const verdict = spec.validate?.(value);
      if (typeof verdict === 'string') {
        box.validationMessage = verdict;
        return false;
      }
      box.validationMessage = verdict
        ? { message: verdict.info, severity: vscode.InputBoxValidationSeverity.Info }
        : undefined;
      return true;
    };
    // A remembered answer is checked at once; an empty box only once the person types or accepts.
    if (box.value !== '') check(box.value);
    return this.run(box, (finish) => [
      box.onDidChangeValue((value) => check(value)),
      box.onDidAccept(() => {
        if (check(box.value)) finish(box.value);
      }),
    ]);
  }

  pick<T>(step: number, spec: PickStep<T>): Promise<StepAnswer<T>> {
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { value: T }>();
    pick.title = spec.title;
    pick.step = step;
    pick.totalSteps = this.totalSteps();
    pick.placeholder = spec.placeholder;
    pick.items = spec.items;
    pick.ignoreFocusOut = true;
    pick.buttons = step > 1 ? [vscode.QuickInputButtons.Back] : [];
    return this.run(pick, (finish) => [
      pick.onDidAccept(() => {
        const [chosen] = pick.selectedItems;
        if (chosen) finish(chosen.value);
      }),
    ]);
  }

  private run<T>(
    input: vscode.QuickInput & { onDidTriggerButton: vscode.Event<vscode.QuickInputButton> },
    listen: (finish: (answer: StepAnswer<T>) => void) => vscode.Disposable[],
  ): Promise<StepAnswer<T>> {
    return new Promise((resolve) => {
      let done = false;
      const finish = (answer: StepAnswer<T>) => {
        if (done) return;
        done = true;
        for (const subscription of subscriptions) subscription.dispose();
        input.dispose();
        resolve(answer);
      };
      const subscriptions = [
        ...listen(finish),
        input.onDidTriggerButton((button) => {
          if (button === vscode.QuickInputButtons.Back) finish(BACK);
        }),
        input.onDidHide(() => finish(undefined)),
      ];
      input.show();
    });
  }
}
