; A319159: Given an equilateral triangular grid with side n, containing n(n+1)/2 points, a(n) is the minimal number of points to be selected, such that any equilateral triangle of points will include at least one of the selection.
; Formula: a(n) = truncate((4*(n*n)-254)/9)+28
; 1,2,4,7,11,16,22,28,35,44,53,63,74,86

#offset 1

mul $0,$0
mul $0,4
sub $0,254
div $0,9
add $0,28
