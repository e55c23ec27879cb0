import { createElement } from 'lwc';
import AccountPanelTeam from 'c/accountPanelTeam';
import { flushPromises } from 'test/flushPromises';
import { $, $$, textOf } from 'test/shadowQuery';

type Person = Apex.ReferenceAccountPanelService.Person;

interface TeamProps {
  owner?: Person | null;
  customerSuccessManagers?: Person[] | null;
}

async function render(props: TeamProps): Promise<HTMLElement> {
  const element = createElement('c-account-panel-team', { is: AccountPanelTeam });
  Object.assign(element, props);
  document.body.appendChild(element);
  await flushPromises();
  return element;
}

describe('c-account-panel-team', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('shows the Account Owner and each CSM, and marks who is inactive', async () => {
    const element = await render({
      owner: { userId: '005000000000001AAA', name: 'Ada Owner', isActive: false },
      customerSuccessManagers: [
        { userId: '005000000000002AAA', name: 'Cid Success', isActive: true },
        { userId: '005000000000003AAA', name: 'Cleo Success', isActive: false }
      ]
    });

    expect(textOf(element, '.owner')).toContain('Ada Owner');
    expect(textOf(element, '.owner .slds-badge')).toBe('Inactive');
    const csms = $$(element, '.csms li');
    expect(csms).toHaveLength(2);
    expect(csms[0]!.textContent!.trim()).toBe('Cid Success');
    expect(csms[1]!.textContent).toContain('Cleo Success');
    expect(csms[0]!.querySelector('.slds-badge')).toBeNull();
    expect(csms[1]!.querySelector('.slds-badge')!.textContent).toBe('Inactive');
    expect(textOf(element, 'h4')).toBe('Account team');
    await expect(element).toBeAccessible();
  });

  it('says so when the account has no CSM, and shows an active owner without a badge', async () => {
    const element = await render({
      owner: { userId: '005000000000001AAA', name: 'Ada Owner', isActive: true },
      customerSuccessManagers: []
    });

    expect(textOf(element, '.owner')).toBe('Ada Owner');
    expect($(element, '.owner .slds-badge')).toBeNull();
    expect(textOf(element, '.csms')).toBe('No Customer Success Manager');
    await expect(element).toBeAccessible();
  });

  it('tolerates a missing owner, a missing list and missing names', async () => {
    const element = await render({ owner: null, customerSuccessManagers: null });
    expect(textOf(element, '.owner')).toBe('');
    expect(textOf(element, '.csms')).toBe('No Customer Success Manager');

    const unnamed = await render({
      owner: { userId: null, name: null, isActive: null },
      customerSuccessManagers: [{ userId: null, name: null, isActive: null }]
    });
    expect(textOf(unnamed, '.owner')).toBe('');
    expect($$(unnamed, '.csms li')).toHaveLength(1);
    expect($(unnamed, '.slds-badge')).toBeNull();
  });
});
