; A245423: Number of nonnegative integers with property that their base 7/5 expansion (see A024642) has n digits.
; Formula: a(n) = 7*b(max(n-3,0)), b(n) = floor(2*(b(n-1)+c(n-1))/5), c(n) = b(n-1)+c(n-1), b(0) = 1, c(0) = 4
; 7,7,7,14,14,21,28,42,56,84,112,161,224,315,441,616,861,1204,1687,2366,3311,4634,6489,9086,12719,17808,24927,34902,48860,68404,95767,134071,187698,262780,367892,515046,721070,1009498,1413293,1978613,2770054,3878077

#offset 1

sub $0,3
mov $1,$0
mov $2,4
mov $0,1
lpb $1
  sub $1,1
  add $0,$2
  mov $2,$0
  mul $0,2
  div $0,5
lpe
mul $0,7
