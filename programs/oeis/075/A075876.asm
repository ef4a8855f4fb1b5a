; A075876: Values of m for which A075825(m) = 1.
; Formula: a(n) = 2*(n-3-max(n-3,0)-b(max(n-3,0)))+4, b(n) = lodabin(b(n-1),b(n-1))-(4*c(n-1)+5), c(n) = 4*c(n-1)+5, b(0) = 0, c(0) = 0
; 0,2,4,12,52,212,852,3412,13652,54612,218452,873812,3495252,13981012,55924052,223696212

#offset 1

sub $0,3
lpb $0
  bin $1,$1
  mul $2,4
  sub $0,1
  add $2,5
  sub $1,$2
lpe
sub $0,$1
mul $0,2
add $0,4
