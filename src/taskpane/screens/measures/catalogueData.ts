/**
 * The measure catalogue as the pane uses it: the 48 templates and the searches over them. Only
 * ever imported on demand (useCatalogue), so the templates are a chunk of their own and not part
 * of the pane's first load.
 */
export { MEASURE_TEMPLATES } from "../../../domain/catalogue/templates";
export {
  searchTemplates,
  suggestTemplates,
  templatesForIndicator,
} from "../../../domain/catalogue/searchTemplates";
