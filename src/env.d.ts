declare namespace App {
  interface Locals {
    /** Counter for ids of preview cards, unique within one rendered page. */
    previewCount?: number;
  }
}
