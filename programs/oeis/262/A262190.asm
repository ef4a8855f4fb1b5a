; A262190: Number of distinct palindromes contained as substrings in the decimal representation of n.
; 1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

sub $0,1
lpb $0
  add $3,-1
  mov $0,$2
  add $0,8
lpe
mov $0,$3
div $0,-1
add $0,1
