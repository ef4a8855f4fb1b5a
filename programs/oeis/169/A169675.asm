; A169675: Lexicographically earliest de Bruijn sequence for n = 3 and k = 2.
; 0,0,0,1,0,1,1,1,0,0,0,1,0,1,1,1,0,0,0,1,0,1,1,1,0,0,0,1,0,1,1,1,0,0,0,1,0,1,1,1,0,0,0,1,0,1,1,1,0,0,0,1,0,1,1,1,0,0,0,1,0,1,1,1,0,0,0,1,0,1,1,1,0,0,0,1,0,1,1,1

sub $0,1
sub $0,1
add $0,3
mov $1,$0
gcd $2,$1
lpb $1
  sub $1,1
  sub $2,$3
  trn $3,$2
  trn $3,$2
  sub $2,$3
  add $3,1
  sub $2,1
lpe
mov $0,$2
mul $0,4
div $0,2
mul $0,4
div $0,-2
div $0,8
mul $0,14
div $0,56
mod $0,2
