/** An order's status as a GOV.UK tag: whether it is in force, and if not, why it ended. */
export function orderStatusTag(status: string): { text: string; classes: string } {
  switch (status) {
    case 'active':
      return { text: 'In force', classes: 'govuk-tag--green' };
    case 'interim':
      return { text: 'Interim order in force', classes: 'govuk-tag--turquoise' };
    case 'expired':
      return { text: 'Ended: expired', classes: 'govuk-tag--grey' };
    case 'discharged':
      return { text: 'Ended: discharged by a court', classes: 'govuk-tag--grey' };
    case 'quashed':
      return { text: 'Ended: quashed on appeal', classes: 'govuk-tag--grey' };
    case 'superseded':
      return { text: 'Ended: superseded by a later order', classes: 'govuk-tag--grey' };
    case 'ended':
      return { text: 'Ended: main application decided', classes: 'govuk-tag--grey' };
    default:
      return { text: status, classes: 'govuk-tag--grey' };
  }
}

const PROHIBITION_STATUS_WORDS: Record<string, string> = {
  'in-force': 'In force',
  expired: 'Expired',
  removed: 'Removed or ended',
  'not-yet': 'Not yet in force',
};

export function prohibitionStatusWords(status: string): string {
  return PROHIBITION_STATUS_WORDS[status] ?? status;
}
