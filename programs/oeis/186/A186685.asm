; A186685: Total number of n-digit numbers requiring 19 positive biquadrates in their representation as sum of biquadrates.
; 0,1,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
sub $0,1
mul $0,2
add $0,3
lpb $0
  sub $0,1
  mov $1,$0
  lpb $1
    sub $1,1
    sub $2,$3
    sub $2,4
    trn $3,$2
    sub $2,4
  lpe
  mov $0,$3
  div $0,60
lpe
mov $0,$2
div $0,-20
