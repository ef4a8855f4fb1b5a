; A356623: Number of ways to tile a hexagonal strip made up of 4*n+2 equilateral triangles, using triangles and diamonds.
; Formula: a(n) = c(n+1), b(n) = b(n-1)-d(n-1)+(c(n-1)+(b(n-1)-d(n-1))+(b(n-1)-d(n-1))), c(n) = c(n-1)+(b(n-1)-d(n-1))+(b(n-1)-d(n-1)), d(n) = d(n-1)-(b(n-1)-d(n-1))-(b(n-1)-d(n-1)+(c(n-1)+(b(n-1)-d(n-1))+(b(n-1)-d(n-1)))), b(0) = 0, c(0) = 0, d(0) = -1
; 2,18,148,1208,9854,80378,655632,5347896,43622018,355818522,2902360468,23674136576,193106524430,1575142124306,12848207584320,104800979913168,854846508252578,6972859922465346,56876614724333236

add $0,1
mov $1,-1
lpb $0
  sub $2,$1
  add $3,$2
  sub $1,$2
  sub $0,1
  add $3,$2
  add $2,$3
  sub $1,$2
lpe
mov $0,$3
