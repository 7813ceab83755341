/**
 * The one message the capture content script sends for the network hook: a response the main-world hook read.
 * Validated here like every message from a page we do not control.
 */
import { z } from 'zod';
import {
  HOOK_MAX_CHARS,
  HOOK_REQUEST_MAX_CHARS,
  STATE_CHANGING_METHODS,
} from '../../capture/network/hook-message.ts';

export const NETWORK_RESPONSE = 'network.response';

export const NetworkResponseMessage = z
  .object({
    type: z.literal(NETWORK_RESPONSE),
    response: z
      .object({
        method: z.string().refine((method) => STATE_CHANGING_METHODS.includes(method)),
        url: z
          .string()
          .max(4000)
          .regex(/^https?:\/\//),
        status: z.number().int().min(0).max(999),
        contentType: z.string().max(200),
        text: z.string().max(HOOK_MAX_CHARS).optional(),
        truncated: z.boolean(),
        requestText: z.string().max(HOOK_REQUEST_MAX_CHARS).optional(),
      })
      .strict(),
  })
  .strict();
export type NetworkResponseMessage = z.infer<typeof NetworkResponseMessage>;

/** Cheap check before routing: is this message for the network module? */
export const isNetworkMessage = (message: unknown): boolean =>
  typeof message === 'object' &&
  message !== null &&
  (message as { type?: unknown }).type === NETWORK_RESPONSE;
