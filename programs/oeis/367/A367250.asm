; A367250: a(n) is the number of n-digit numbers whose difference between the largest and smallest digits is equal to 9.
; Formula: a(n) = truncate(b(max(n-1,0))/-2), b(n) = 8*(b(n-1)+c(n-1))+(9*c(n-1)-d(n-1)), c(n) = 9*c(n-1)-d(n-1), d(n) = 10*d(n-1), b(0) = 0, c(0) = 0, d(0) = 2
; 0,1,35,703,11231,158311,2062655,25466743,302423471,3487593511,39314599775,435241463383,4748453693711,51186327429511,546278900354495,5781325731101623,60750456603203951,634502309615150311,6592506388026870815,68188442304165981463,702543059232886986191

#offset 1

sub $0,1
mov $1,$0
mov $0,2
lpb $1
  add $2,$3
  sub $1,1
  mul $3,9
  sub $3,$0
  mul $2,8
  mul $0,10
  add $2,$3
lpe
mov $0,$2
div $0,-2
