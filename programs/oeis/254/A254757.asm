; A254757: Part of the positive proper solutions x of the Pell equation x^2 - 2*y^2 = - 7^2 based on the fundamental solution (x0, y0)= (-1, 5).
; Formula: a(n) = b(n), b(n) = b(n-1)+c(n-1)+c(n-1), c(n) = c(n-1)+(b(n-1)+c(n-1)+c(n-1))+(b(n-1)+c(n-1)+c(n-1)), b(0) = -1, c(0) = 9
; 17,103,601,3503,20417,118999,693577,4042463,23561201,137324743,800387257,4664998799,27189605537,158472634423,923646201001,5383404571583,31376781228497,182877282799399,1065886915567897,6212444210607983

#offset 1

mov $1,-1
mov $2,$0
mov $0,9
lpb $2
  sub $2,1
  add $1,$0
  add $1,$0
  add $0,$1
  add $0,$1
lpe
mov $0,$1
