import{a as e,b as r}from"./chunk-OXPCKO52.mjs";import"./chunk-ZHL4CG4J.mjs";import"./chunk-ALXGDVON.mjs";export{e as PacketModule,r as createPacketServices};
