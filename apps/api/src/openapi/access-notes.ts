import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from '#identity';
import { ORDER_CHANGE_SCOPE, ROUTE_SCOPES } from '../access/scope.js';

type Handler = (...args: unknown[]) => unknown;

/**
 * Adds "Who may call" to each route's description in the OpenAPI document: the roles from the
 * route's own @Allow (or @Public), so the document cannot drift from what the guard enforces, and
 * the scope in words from access/scope.ts.
 */
export function describeAccess(app: NestFastifyApplication, document: OpenAPIObject): void {
  const access = new Map<string, string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (abstract new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        access.set(`${controller.name}_${name}`, whoMayCall(controller, handler as Handler));
      }
    }
  }
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations as Record<string, { operationId?: string; description?: string }>)) {
      const who = operation.operationId ? access.get(operation.operationId) : undefined;
      if (!who) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const scope = ROUTE_SCOPES[key] ?? (/^POST \/api\/orders\/\{orderId\}\//.test(key) ? ORDER_CHANGE_SCOPE : '');
      const note = `**Who may call:** ${who}.${scope ? ` ${scope}` : ''}`;
      operation.description = operation.description ? `${operation.description}\n\n${note}` : note;
    }
  }
}

function whoMayCall(controller: object, handler: Handler): string {
  const isPublic = Reflect.getMetadata(PUBLIC_ROUTE, handler) ?? Reflect.getMetadata(PUBLIC_ROUTE, controller);
  if (isPublic) return 'anyone, without a token';
  const roles = (Reflect.getMetadata(ALLOWED_ROLES, handler) ?? Reflect.getMetadata(ALLOWED_ROLES, controller) ?? []) as string[];
  return roles.length ? `a bearer token with role ${roles.map((role) => `\`${role}\``).join(', ')}` : 'no one (the route declares no role)';
}
