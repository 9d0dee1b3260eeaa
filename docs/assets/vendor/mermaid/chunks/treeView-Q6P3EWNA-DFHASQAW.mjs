import{a as e,b as r}from"./chunk-HSD3I4UW.mjs";import"./chunk-ZHL4CG4J.mjs";import"./chunk-ALXGDVON.mjs";export{e as TreeViewModule,r as createTreeViewServices};
