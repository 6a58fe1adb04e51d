import type { ForceCode } from '#forces';
import {
  type Actor,
  addDays,
  compareDates,
  endOfPeriodBeginningWith,
  isInterimOrderType,
  isOrderInForce,
  type IsoDate,
  type OrderCommand,
  prohibitionsInForceOn,
  type Sentence,
  type SubjectParticulars,
  type OrderId,
} from '#domain';
import { prohibitionTerms, recordedIdOf } from '#orders';
import type { OrderLife } from './order-life.js';
import type { Random } from './random.js';
import { nearbyForce } from './synthetic-forces.js';
import { untilFor } from './synthetic-order.js';
import { APPEAL_COURTS, BREACHES, COURTS, PROHIBITIONS, STREETS } from './synthetic-wording.js';

export interface LifeBounds {
  /** Nothing of the order's own life happens after this day (a later order ends it, or today). */
  lastDay: IsoDate;
  today: IsoDate;
  commandIdOf(step: string): string;
  person: SubjectParticulars;
}

interface Step {
  day: IsoDate;
  /** Builds the command from the order as it stands that day; null when it no longer applies. */
  command(): { command: OrderCommand; actor: Actor; then?: () => void } | null;
}

const managerOf = (force: ForceCode): Actor => ({ userId: `seed:${force}`, role: 'order-manager', force });

/**
 * What happens to an order after it is made, day by day: notifications and moves between forces,
 * transfers, variations, renewals, breaches and their outcomes, appeals and discharges (DOMAIN.md
 * §4 volumes). Each step is decided on its day against the order as it then stands.
 */
export function planOrderLife(random: Random, life: OrderLife, bounds: LifeBounds): void {
  const made = life.state;
  if (!isOrderInForce(made)) return;
  const { madeOn } = made;
  const { lastDay } = bounds;
  if (compareDates(lastDay, madeOn) <= 0) return;
  const steps: Step[] = [];
  const dayWithin = (from: IsoDate, to: IsoDate = lastDay): IsoDate | null => {
    if (compareDates(from, to) > 0) return null;
    const span = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
    return addDays(from, random.int(0, span));
  };
  let counter = 0;
  const commandId = (kind: string) => bounds.commandIdOf(`${kind}-${counter++}`);
  const add = (day: IsoDate | null, command: Step['command']) => {
    if (day !== null && compareDates(day, madeOn) >= 0 && compareDates(day, lastDay) <= 0) steps.push({ day, command });
  };
  const owner = (): ForceCode => (life.state.status === 'none' ? made.owningForce : life.state.owningForce);
  // R16-R17: the duty to notify lasts while the order is in force.
  const bound = () => life.state.status !== 'none' && prohibitionsInForceOn(life.state, stepDay()).length > 0;
  const interim = isInterimOrderType(made.orderType);
  const names = [`${bounds.person.forenames} ${bounds.person.surname}`, ...bounds.person.aliases.map((alias) => `${alias.forenames} ${alias.surname}`)];

  // R16: the initial notification, mostly on time; R17: later moves, sometimes to another force.
  let addressForce = made.owningForce;
  if (made.notification.required && random.chance(0.96)) {
    const late = random.chance(0.1);
    add(addDays(madeOn, late ? random.int(3, 30) : random.int(0, 2)), () =>
      bound() ? { command: notification(random, life.orderId, commandId('notification'), names, addressForce, stepDay(), null), actor: managerOf(addressForce) } : null,
    );
  }
  const moves = made.notification.required || random.chance(0.3) ? random.int(0, 2) : 0;
  for (let move = 0; move < moves; move++) {
    add(dayWithin(addDays(madeOn, 30 + move * 200)), () => {
      if (!bound()) return null;
      addressForce = random.chance(0.6) ? nearbyForce(random, addressForce) : addressForce;
      const day = stepDay();
      const changedOn = addDays(day, -random.int(0, 2));
      return {
        command: notification(random, life.orderId, commandId('notification'), names, addressForce, day, compareDates(changedOn, madeOn) < 0 ? madeOn : changedOn),
        actor: managerOf(addressForce),
        then: () => {
          // R39: the owning force follows the subject's home, often some weeks later.
          if (addressForce === owner() || !random.chance(0.5)) return;
          const toForce = addressForce;
          add(dayWithin(day, addDays(day, 60)), () => (toForce === owner() || !isOrderInForce(life.state) ? null : { command: { type: 'TransferOrder', orderId: life.orderId, toForce, transferredOn: stepDay() }, actor: managerOf(owner()) }));
        },
      };
    });
  }

  if (!interim && random.chance(0.35)) {
    const variations = random.int(1, 3);
    for (let v = 0; v < variations; v++) add(dayWithin(addDays(madeOn, 60)), () => variation(random, life, commandId, stepDay()));
  }

  const renewable = made.prohibitions.find((p) => p.until !== null && !p.foreignTravel);
  if (!interim && renewable && random.chance(0.1)) {
    add(addDays(renewable.until as IsoDate, -random.int(0, 120)), () => {
      const day = stepDay();
      const state = life.state;
      if (state.status !== 'active') return null;
      const current = state.prohibitions.find((p) => p.prohibitionId === renewable.prohibitionId);
      if (!current || current.status !== 'in-force' || current.until === null || compareDates(current.until, day) < 0) return null;
      const minimum = addDays(endOfPeriodBeginningWith(day, state.orderType === 'STPO' ? 5 : 2), random.int(0, 365 * 3));
      const until = compareDates(minimum, current.until) > 0 ? minimum : addDays(current.until, 365);
      return { command: { type: 'RenewOrder', orderId: life.orderId, court: random.pick(COURTS), renewedOn: day, prohibitions: [{ prohibitionId: current.prohibitionId, until }] }, actor: managerOf(owner()) };
    });
  }

  const breaches = random.chance(0.13) ? (random.chance(0.8) ? 1 : 2) : 0;
  for (let b = 0; b < breaches; b++) {
    add(dayWithin(addDays(madeOn, 1)), () => {
      const day = stepDay();
      const inForce = life.state.status === 'none' ? [] : prohibitionsInForceOn(life.state, day);
      if (inForce.length === 0) return null;
      const locationForce = random.chance(0.7) ? owner() : nearbyForce(random, owner());
      const breachId = recordedIdOf('RecordBreach', bounds.commandIdOf(`breach-${b}`));
      return {
        command: {
          type: 'RecordBreach',
          orderId: life.orderId,
          breachId,
          occurredOn: day,
          locationForce,
          description: random.pick(BREACHES),
          prohibitionIds: [random.pick(inForce).prohibitionId],
        },
        actor: managerOf(locationForce),
        then: () => breachOutcomes(random, add, dayWithin, life.orderId, breachId, locationForce, day, commandId),
      };
    });
  }

  if (!interim && random.chance(0.05)) {
    const appealId = recordedIdOf('LodgeAppeal', bounds.commandIdOf('appeal'));
    add(addDays(madeOn, random.int(7, 28)), () => ({
      command: { type: 'LodgeAppeal', orderId: life.orderId, appealId, court: random.pick(APPEAL_COURTS), lodgedOn: stepDay() },
      actor: managerOf(owner()),
      then: () => add(dayWithin(addDays(stepDay(), 60), addDays(stepDay(), 240)), () => appealDecision(random, life, appealId, stepDay())),
    }));
  }

  if (!interim && random.chance(0.05)) {
    add(dayWithin(addDays(madeOn, 180)), () => {
      const day = stepDay();
      if (life.state.status !== 'active') return null;
      const consentBarEnds = endOfPeriodBeginningWith(madeOn, life.state.orderType === 'STPO' ? 5 : 2);
      const withinBar = compareDates(day, consentBarEnds) <= 0;
      const consent = withinBar ? { subject: true, chiefOfficer: true } : { subject: random.chance(0.7), chiefOfficer: random.chance(0.5) };
      return { command: { type: 'DischargeOrder', orderId: life.orderId, court: random.pick(COURTS), dischargedOn: day, consent }, actor: managerOf(owner()) };
    });
  }

  // Decide the steps in date order; a step may add later ones (a breach's outcomes, an appeal's decision).
  let current: IsoDate = madeOn;
  const stepDay = () => current;
  while (steps.length > 0) {
    steps.sort((a, b) => compareDates(a.day, b.day));
    const step = steps.shift() as Step;
    current = step.day;
    life.runClockUntil(current);
    const built = step.command();
    if (!built) continue;
    if (life.decideOn(current, built.command, built.actor, commandId(built.command.type)) && built.then) built.then();
  }
}

function notification(random: Random, orderId: OrderId, id: string, names: string[], force: ForceCode, notifiedOn: IsoDate, changedOn: IsoDate | null): OrderCommand {
  const letters = 'ABCDEFGHJKLMNPRSTUWY';
  const postcode = `${random.pick([...letters])}${random.pick([...letters])}${random.int(1, 29)} ${random.int(1, 9)}${random.pick([...letters])}${random.pick([...letters])}`;
  return {
    type: 'RecordNotification',
    orderId,
    notificationId: recordedIdOf('RecordNotification', id),
    notifiedOn,
    names,
    address: { line1: `${random.int(1, 240)} ${random.pick(STREETS)}`, postcode, force },
    changedOn,
  };
}

function variation(random: Random, life: OrderLife, commandId: (kind: string) => string, day: IsoDate) {
  const state = life.state;
  if (state.status !== 'active') return null;
  const inForce = prohibitionsInForceOn(state, day);
  if (inForce.length === 0) return null;
  const removable = inForce.filter((p) => !p.foreignTravel);
  const remove = inForce.length > 1 && removable.length > 0 && random.chance(0.45);
  const add = remove
    ? []
    : prohibitionTerms(commandId('added'), [{ text: random.pick(PROHIBITIONS), until: untilFor(random, state.orderType, day) }]);
  const command: OrderCommand = {
    type: 'VaryOrder',
    orderId: life.orderId,
    court: random.pick(COURTS),
    variedOn: day,
    addProhibitions: add,
    removeProhibitionIds: remove ? [random.pick(removable).prohibitionId] : [],
  };
  return { command, actor: managerOf(state.owningForce) };
}

function appealDecision(random: Random, life: OrderLife, appealId: string, day: IsoDate) {
  const state = life.state;
  if (state.status !== 'active') return null;
  const roll = random.next();
  const inForce = prohibitionsInForceOn(state, day);
  const outcome = roll < 0.7 || inForce.length === 0 ? 'dismissed' : roll < 0.9 ? 'varied' : 'quashed';
  const removable = inForce.filter((p) => !p.foreignTravel);
  const command: OrderCommand = {
    type: 'DetermineAppeal',
    orderId: life.orderId,
    appealId,
    outcome,
    decidedOn: day,
    ...(outcome === 'varied'
      ? { variation: { addProhibitions: [], removeProhibitionIds: inForce.length > 1 && removable.length > 0 ? [random.pick(removable).prohibitionId] : [] } }
      : {}),
  };
  if (outcome === 'varied' && command.type === 'DetermineAppeal' && command.variation?.removeProhibitionIds.length === 0) {
    command.outcome = 'dismissed';
    delete command.variation;
  }
  return { command, actor: managerOf(state.owningForce) };
}

/** R31-R33: charged then tried, or cautioned, or no further action; no conditional discharge (R33). */
function breachOutcomes(
  random: Random,
  add: (day: IsoDate | null, command: Step['command']) => void,
  dayWithin: (from: IsoDate, to?: IsoDate) => IsoDate | null,
  orderId: OrderId,
  breachId: string,
  locationForce: ForceCode,
  occurredOn: IsoDate,
  commandId: (kind: string) => string,
): void {
  if (!random.chance(0.85)) return;
  const actor = managerOf(locationForce);
  const outcome = (day: IsoDate | null, kind: 'charged' | 'convicted' | 'acquitted' | 'no-further-action' | 'cautioned', sentence?: Sentence) =>
    add(day, () => ({ command: { type: 'RecordBreachOutcome', orderId, breachId, outcome: kind, decidedOn: day as IsoDate, ...(sentence ? { sentence } : {}) }, actor }));
  const roll = random.next();
  if (roll < 0.12) return outcome(dayWithin(occurredOn, addDays(occurredOn, 60)), 'cautioned');
  if (roll < 0.25) return outcome(dayWithin(occurredOn, addDays(occurredOn, 90)), 'no-further-action');
  const charged = dayWithin(occurredOn, addDays(occurredOn, 60));
  outcome(charged, 'charged');
  if (charged === null) return;
  const tried = dayWithin(addDays(charged, 30), addDays(charged, 300));
  const verdict = random.next();
  if (verdict < 0.7) outcome(tried, 'convicted', sentenceFor(random));
  else if (verdict < 0.85) outcome(tried, 'acquitted');
  else outcome(tried, 'no-further-action');
  void commandId;
}

function sentenceFor(random: Random): Sentence {
  const roll = random.next();
  if (roll < 0.45) return random.chance(0.6) ? { kind: 'custody', months: random.int(6, 48), court: 'crown' } : { kind: 'custody', months: random.int(1, 6), court: 'magistrates' };
  if (roll < 0.65) return { kind: 'suspended-custody', months: random.int(2, 24), court: 'crown' };
  if (roll < 0.85) return { kind: 'community', court: 'magistrates' };
  return { kind: 'fine', court: 'magistrates' };
}
