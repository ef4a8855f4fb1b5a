; A131436: Triangle read by rows, (n-1) zeros followed by 2^n - 1.
; 1,0,3,0,0,7,0,0,0,15,0,0,0,0,31,0,0,0,0,0,63,0,0,0,0,0,0,127,0,0,0,0,0,0,0,255,0,0,0,0,0,0,0,0,511,0,0,0,0,0,0,0,0,0,1023,0,0,0,0,0,0,0,0,0,0,2047,0,0,0,0,0,0,0,0,0,0,0,4095,0,0

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
add $0,$0
add $0,1
lpb $0
  add $2,$4
  add $2,2
  add $2,$3
  sub $0,1
  lpb $4
    sub $4,1
    sub $0,1
  lpe
  sub $4,$1
  sub $3,$2
  mov $2,$1
  sub $3,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$2
sub $0,-2
lpb $4
  sub $4,1
  div $0,-2
  add $0,1
lpe
mul $0,-1
add $0,1
