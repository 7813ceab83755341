/** Importing the subject package the next session will use, and showing which one is loaded. */
import { packageContentHash } from '../../../shared/bundle/package-hash.ts';
import { parseJson } from '../../../shared/schema/index.ts';
import { problem } from '../../../shared/schema/problems.ts';
import { setMeta } from '../../storage/db.ts';
import { type Handler, refuse, type ServiceContext, summarise } from '../service-context.ts';

export const packageHandlers = (ctx: ServiceContext) => ({
  'package.import': ((request) =>
    ctx.serial(async () => {
      const parsed = parseJson('subject-package', request.text);
      if (!parsed.ok)
        return refuse(
          'Fichier de sujet refusé : il contient des erreurs.',
          'Subject file refused: it has errors.',
          {
            problems: parsed.problems,
          },
        );
      const pkg = parsed.value;
      const hash = await packageContentHash(pkg);
      if (hash !== pkg.hash.value)
        return refuse(
          'Fichier de sujet refusé : son empreinte ne correspond pas.',
          'Subject file refused: its hash does not match.',
          { problems: [problem(['hash', 'value'], 'hash-mismatch')] },
        );
      const active = await ctx.activeRecord();
      if (active?.session.status === 'running')
        return refuse(
          'Une épreuve est en cours : terminez-la avant d’importer un autre sujet.',
          'An exam is running: end it before importing another subject.',
        );
      await ctx.db.put('packages', { hash, importedAt: ctx.deps.now(), pkg });
      await setMeta(ctx.db, 'currentPackage', hash);
      ctx.notify(null, 'package');
      return { ok: true, summary: summarise(hash, pkg) };
    })) satisfies Handler<'package.import'>,

  'package.current': (async () => {
    const current = await ctx.currentPackage();
    return { ok: true, summary: current ? summarise(current.hash, current.pkg) : null };
  }) satisfies Handler<'package.current'>,
});
