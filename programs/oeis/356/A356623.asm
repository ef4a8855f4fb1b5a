; A356623: Number of ways to tile a hexagonal strip made up of 4*n+2 equilateral triangles, using triangles and diamonds.
; 2,18,148,1208,9854,80378,655632,5347896,43622018,355818522,2902360468,23674136576,193106524430,1575142124306,12848207584320,104800979913168,854846508252578,6972859922465346,56876614724333236

sub $0,1
add $0,$0
add $0,2
add $0,3
lpb $0
  add $2,$3
  add $2,2
  sub $0,1
  sub $0,1
  sub $2,$1
  add $2,-1
  add $2,$3
  add $3,$2
  sub $3,$1
  sub $2,$1
  add $2,$3
  add $2,$3
  sub $1,$3
lpe
mov $0,$3
sub $0,1
mul $0,2
add $0,2
