; A121816: Conjectured chromatic number of the square of an outerplanar graph G^2 as a function of the maximum degree of a vertex of G.
; Formula: a(n) = max(truncate((n-6)/2),1)+(n-6)+10
; 9,10,11,12,13,14,16,17,19,20,22,23,25,26,28,29,31,32,34,35,37,38,40,41,43,44,46,47,49,50,52,53,55,56,58,59,61,62,64,65,67,68,70,71,73,74,76,77,79,80,82,83,85,86,88,89,91,92,94,95,97,98,100

#offset 4

sub $0,6
mov $1,$0
div $0,2
max $0,1
add $0,$1
add $0,10
