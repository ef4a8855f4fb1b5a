; A060584: Compare ultimate and penultimate digits of n base 3, i.e., 0 if n mod 3 = floor(n/3) mod 3, 1 otherwise; also 0 if (n mod 9) is a multiple of 4, 1 otherwise.
; 0,1,1,1,0,1,1,1,0,0,1,1,1,0,1,1,1,0,0,1,1,1,0,1,1,1,0,0,1,1,1,0,1,1,1,0,0,1,1,1,0,1,1,1,0,0,1,1,1,0,1,1,1,0,0,1,1,1,0,1,1,1,0,0,1,1,1,0,1,1,1,0,0,1,1,1,0,1,1,1

add $0,1
mul $0,2
mov $1,$0
lpb $1
  sub $1,1
  trn $3,$2
  sub $1,2
  sub $2,$3
  sub $2,5
lpe
mov $0,$2
sub $0,-5
add $0,1
div $0,-1
add $0,2
mod $0,2
