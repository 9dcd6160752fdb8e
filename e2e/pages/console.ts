import type { Page } from 'playwright-core';

/** Page objects for the staff console: what a person does, not how the DOM is built. */
export class LoginPage {
  constructor(private page: Page) {}
  async signIn(baseUrl: string, username: string, password: string) {
    await this.page.goto(`${baseUrl}/login`);
    await this.page.locator('input#username, input[id$="_username"]').fill(username);
    await this.page.locator('input#password, input[id$="_password"]').fill(password);
    await this.page.getByRole('button', { name: '登录' }).click();
    await this.page.getByRole('menuitem', { name: '人员档案' }).waitFor();
  }
}

export class PersonFormPage {
  constructor(private page: Page) {}
  private field(name: string) {
    return this.page.locator(
      `[data-testid="person-form"] input#${name}, [data-testid="person-form"] input[id$="_${name}"]`,
    );
  }
  async fill(p: {
    name: string;
    idNumber: string;
    phone: string;
    orgUnitSearch: string;
    orgUnitName: string;
  }) {
    await this.field('name').fill(p.name);
    await this.field('idNumber').fill(p.idNumber);
    await this.field('phone').fill(p.phone);
    await this.page.locator('[data-testid="orgUnitId-picker"]').click();
    await this.page.keyboard.type(p.orgUnitSearch);
    await this.page
      .locator('.ant-select-tree-node-content-wrapper', { hasText: p.orgUnitName })
      .first()
      .click();
  }
  async save() {
    await this.page.locator('[data-testid="person-form"]').getByRole('button', { name: '保存' }).click();
  }
}

export class PersonListPage {
  constructor(private page: Page) {}
  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/persons`);
    await this.page.locator('[data-testid="person-table"]').waitFor();
  }
  async search(q: string) {
    await this.page
      .locator('[data-testid="person-search"] input, input[data-testid="person-search"]')
      .first()
      .fill(q);
    await this.page.keyboard.press('Enter');
  }
  rows() {
    return this.page.locator('[data-testid="person-table"] tbody tr.ant-table-row');
  }
}
