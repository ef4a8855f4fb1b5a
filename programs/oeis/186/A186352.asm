; A186352: Adjusted joint rank sequence of (f(i)) and (g(j)) with f(i) after g(j) when f(i)=g(j), where f and g are the odd numbers and the triangular numbers.  Complement of A186353.
; Formula: a(n) = n+A000194(4*n)-1
; 2,4,5,7,8,10,11,13,14,15,17,18,19,20,22,23,24,25,27,28,29,30,32,33,34,35,36,38,39,40,41,42,43,45,46,47,48,49,50,52,53,54,55,56,57,59,60,61,62,63,64,65,67,68,69,70,71,72,73,74,76,77,78,79,80,81,82,83,85,86,87,88,89,90,91,92,94,95,96,97

#offset 1

mov $1,$0
mul $1,4
seq $1,194
add $0,$1
sub $0,1
