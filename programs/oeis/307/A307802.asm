; A307802: Number of palindromic octagonal numbers of length n whose index is also palindromic.
; 3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
mov $1,$0
mov $0,4
lpb $1
  sub $1,1
  mov $0,$3
lpe
div $0,4
mul $0,3
