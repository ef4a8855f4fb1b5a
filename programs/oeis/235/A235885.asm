; A235885: Number of (n+1) X (n+1) 0..3 arrays with the minimum plus the upper median equal to the lower median plus the maximum in every 2 X 2 subblock.
; 40,232,1096,4744,19720,80392,324616,1304584,5230600,20946952,83836936,335446024

#offset 1

sub $0,1
sub $0,1
add $0,3
mov $3,10
mov $1,$0
lpb $1
  sub $1,1
  add $2,2
  add $2,5
  sub $2,$3
  add $2,$2
  mul $3,4
lpe
mov $0,$2
sub $0,-78
div $0,-2
add $0,40
