import{a as e,b as o}from"./chunk-SFTFPGK3.mjs";import"./chunk-ZHL4CG4J.mjs";import"./chunk-ALXGDVON.mjs";export{e as EventModelingModule,o as createEventModelingServices};
