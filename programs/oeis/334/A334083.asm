; A334083: Integers m such that all binomial coefficients C(m,k), with 0<=k<=m, are practical numbers.
; Formula: a(n) = floor(b(max(truncate((6*n-4)/5),0))/6)+1, b(n) = 2*(b(n-1)+3), b(0) = 0
; 1,2,4,16,32,64,128,256,1024,2048,4096,8192,16384

#offset 1

mul $0,6
sub $0,4
lpb $0
  add $1,3
  sub $0,5
  mul $1,2
lpe
mov $0,$1
div $0,6
add $0,1
