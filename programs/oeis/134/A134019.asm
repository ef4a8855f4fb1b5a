; A134019: Let P(A) be the power set of an n-element set A. Then a(n) = the number of pairs of elements {x,y} of P(A) for which either 0) x and y are intersecting but for which x is not a subset of y and y is not a subset of x, or 1) x = y.
; Formula: a(n) = truncate((3*3^n-lodafac(2^n+2,2))/-2)-3
; 1,2,4,11,46,227,1114,5231,23566,102827,438274,1836551,7601686,31183427,127084234,515429471,2083077406,8396552027,33779262994,135696871991,544528258726,2183337968627,8749031918554,35043178292111,140313885993646,561679104393227,2247987182714914,8995761194057831

mov $1,2
mov $2,$0
mov $0,3
pow $1,$2
add $1,2
pow $0,$2
fac $1,2
mul $0,3
sub $0,$1
div $0,-2
sub $0,3
