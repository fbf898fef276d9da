/** ASCII slug of a Vietnamese name for ids: "Kỳ Trinh" → "ky-trinh", "Đại Nài" → "dai-nai". */
export function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
