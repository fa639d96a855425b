import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { ReturnWorkflow, UnwrapWorkflowInputDataType } from "@medusajs/framework/workflows-sdk"

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any workflow; its input type is read back below
type AnyWorkflow = ReturnWorkflow<any, any, any>

/** The record the action applies to (`:id` in the URL) and the signed-in admin user. */
export type ActionTarget = { id: string; actor_id: string | undefined }

export type ActionRouteOptions<Body, W extends AnyWorkflow, Key extends string> = {
  /** the workflow that takes the action (its steps decide whether it is allowed now) */
  workflow: W
  /** the workflow's input, from the body the route's validator (a zod `.strict()` schema) accepted */
  input: (body: Body, target: ActionTarget) => UnwrapWorkflowInputDataType<W>
  /** the response's key: `{ [key]: record }` */
  key: Key
  /** re-reads the record after the workflow, as the detail route shows it; 404 when it does not exist */
  refetch: (scope: MedusaContainer, id: string) => Promise<unknown>
}

/**
 * The handler of `POST /admin/<resource>/:id/<action>` (approve, reject, suspend,
 * reinstate, revoke, certify, renew, cancel, deactivate…): runs the workflow
 * with the validated body, then answers `{ [key]: the record re-read }`.
 * Validation itself is the route's middleware (`validateAndTransformBody`).
 */
export function actionRoute<Body, W extends AnyWorkflow, Key extends string>(options: ActionRouteOptions<Body, W, Key>) {
  return async (req: AuthenticatedMedusaRequest<Body>, res: MedusaResponse) => {
    const target: ActionTarget = { id: req.params.id!, actor_id: req.auth_context?.actor_id }
    await options.workflow(req.scope).run({ input: options.input(req.validatedBody, target) })
    res.json({ [options.key]: await options.refetch(req.scope, target.id) })
  }
}
