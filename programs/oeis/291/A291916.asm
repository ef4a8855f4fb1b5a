; A291916: Number of (not necessarily maximal) cliques in the n-Fibonacci cube graph.
; 4,6,11,19,34,60,106,186,325,565,978,1686,2896,4958,8463,14407,24466,41456,70102,118322,199369,335401,563426,945194,1583644,2650230,4430291,7398331,12342850,20573220,34262338,57013866,94800781,157517533,261545778,433993662

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,4
sub $0,1
sub $0,1
add $0,1
add $1,1
add $0,1
add $0,$0
lpb $0
  sub $3,$1
  add $2,2
  add $1,$3
  add $1,$3
  sub $0,1
  sub $0,1
  sub $2,$1
  sub $1,1
  sub $4,$3
  sub $3,$2
  sub $2,$1
  sub $3,$1
  add $3,2
  sub $2,$3
  add $2,$4
  add $2,$1
  add $1,$3
lpe
mov $0,$2
div $0,4
sub $0,3
add $0,4
