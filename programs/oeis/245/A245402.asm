; A245402: Number of nonnegative integers with property that their base 7/6 expansion (see A024643) has n digits.
; Formula: a(n) = 7*floor(c(max(n-3,0))/6), b(n) = c(n-1)+floor(b(n-1)/6), c(n) = c(n-1)+floor(b(n-1)/6), b(0) = 0, c(0) = 8
; 7,7,7,7,7,7,7,14,14,14,21,21,28,28,35,42,49,56,63,77,91,105,119,140,161,189,224,259,301,350,413,483,560,651,763,889,1036,1211,1414,1645,1925,2240,2618,3052,3563,4158,4851,5656,6601,7700,8981,10479,12229,14266

#offset 1

sub $0,3
mov $1,$0
mov $0,8
lpb $1
  sub $1,1
  div $2,6
  add $0,$2
  mov $2,$0
lpe
div $0,6
mul $0,7
