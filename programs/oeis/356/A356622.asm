; A356622: Number of ways to tile a hexagonal strip made up of 4*n equilateral triangles, using triangles and diamonds.
; Formula: a(n) = d(n), b(n) = b(n-1)-d(n-1)-(d(n-1)-(c(n-1)+(b(n-1)-d(n-1))))+(c(n-1)+(b(n-1)-d(n-1))), c(n) = c(n-1)+(b(n-1)-d(n-1)), d(n) = d(n-1)-(c(n-1)+(b(n-1)-d(n-1)))-(b(n-1)-d(n-1)-(d(n-1)-(c(n-1)+(b(n-1)-d(n-1))))), b(0) = 0, c(0) = 0, d(0) = 1
; 1,5,39,317,2585,21085,171987,1402873,11443033,93339173,761354199,6210256613,50656169297,413195081581,3370372805763,27491645850097,224245398092113,1829137434684101,14920010771362215

mov $1,1
lpb $0
  sub $2,$1
  add $3,$2
  sub $1,$3
  sub $0,1
  sub $2,$1
  sub $1,$2
  add $2,$3
lpe
mov $0,$1
